from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.least(col("ts"), F.year(col("dt")).cast("timestamp"), col("t").try_cast("timestamp"))).withColumn("c2", F.pmod(col("id"), F.nullif(col("i"), lit(0)))).withColumn("c3", F.add_months(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2025-03-01"))), F.nullif(col("i"), lit(1)))).withColumn("c4", F.array_join(F.split(F.rtrim(F.substring(col("t"), -3, 1)), "[aeiou]"), "/")).select("id", "c1", "c2", "c3", "c4").filter(col("dt").isNotNull())
OUTPUT_MODE = "append"
