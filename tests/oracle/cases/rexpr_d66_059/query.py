from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.date_sub(col("dt"), col("i"))).withColumn("c2", F.coalesce(F.to_date(lit("2024-02-29")), col("dt"), F.to_date(lit("2025-03-01")))).withColumn("c3", F.date_trunc("QUARTER", F.to_date(col("ts")).cast("timestamp")).cast("double")).withColumn("c4", expr("round(d, i)")).withColumn("s", expr("ltrim(s)")).drop("j", "m", "n", "b", "dt", "ts").filter("(TRY_CAST('é' AS BOOLEAN) OR (n <= 99.99))")
OUTPUT_MODE = "append"
