spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, b BOOLEAN, f FLOAT, d DOUBLE, dt DATE, t STRING, j INT, ts TIMESTAMP, i INT, n DECIMAL(5,3), m DECIMAL(12,4)").json(INPUT)
result = df.where("((t < CAST(0.001D AS STRING)) OR (dt IS NOT NULL))").groupBy(F.octet_length(col("t")).alias("k1")).agg(F.sum(F.when(col("b"), F.when(col("b"), lit(0.5)).when((col("ts") <= F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("d")).otherwise(lit(2.0))).otherwise(F.abs(F.sign(col("i"))))).alias("a1"), F.sum(F.when((lit(7) < col("f")), col("m")).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
