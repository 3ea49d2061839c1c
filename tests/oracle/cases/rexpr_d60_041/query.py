from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("if(((b AND b) <> isnull(m)), TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'1999-12-31 23:59:59.999')").alias("c1"), expr("make_date(year(add_months(dt, i)), 2, 1)").alias("c2"), expr("TRY_CAST((m - i) AS BIGINT)").alias("c3"), F.date_add(F.trunc(F.date_add(F.add_months(col("dt"), col("i")), col("i")), "YEAR"), lit(10)).alias("c4"))
OUTPUT_MODE = "append"
