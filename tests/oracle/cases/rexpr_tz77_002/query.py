spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((b OR b), false))").select(F.sqrt((col("i") + (-col("d")))).alias("c1"), expr("CASE WHEN (i IS NOT NULL) THEN (100BD - i) WHEN CASE WHEN b THEN ((i > 2) != b) WHEN b THEN (12 IN (3, 2)) ELSE (pow(d, 3) BETWEEN 3.75D AND 100.0D) END THEN 12.345 WHEN isnull((least(id, id, id) + (3L DIV 3))) THEN n ELSE m END").alias("c2"), expr("nullif((n / nullif(m, 0)), 99.99)").alias("c3"), (col("b") == lit(True)).alias("c4"))
OUTPUT_MODE = "append"
