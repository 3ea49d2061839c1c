from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("coalesce(d, 0.001D, 100.0D)")).withColumn("c2", F.trunc(F.greatest(F.trunc(F.add_months(F.to_date(lit("2024-02-29")), col("i")), "YEAR"), col("dt")), "YEAR")).withColumn("c3", expr("TRY_CAST(round(m, 3) AS BIGINT)")).drop("i", "d", "m", "s", "dt")
OUTPUT_MODE = "append"
