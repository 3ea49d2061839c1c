spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.date_add(F.add_months(F.date_add(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy"), col("i")), col("i")), col("i"))).withColumn("c2", F.coalesce(col("dt"), F.to_date(lit("2023-12-31")), F.to_date(lit("2023-12-31")))).withColumn("c3", (F.year(col("ts")) - F.datediff(col("c1"), col("c2")))).withColumn("c4", (F.to_date(lit("2024-02-29")) + expr("INTERVAL '1-1' YEAR TO MONTH"))).withColumn("c5", F.ifnull(col("dt"), F.to_date(lit("2024-02-29")))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
