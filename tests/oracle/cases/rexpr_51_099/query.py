from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((isnull(id) AND (date_format(ts, 'EEEE') LIKE '% %')) OR (id IS NULL))").select("id", F.when(F.nvl2(F.when((~col("b")), expr("1.25")).otherwise(lit(None).cast("decimal(10,2)")), (col("d") != col("m")), lit(True)), col("d")).when(col("id").cast("boolean"), F.nullif(col("d"), lit(3.75))).alias("c1"), expr("(ts - INTERVAL 36 HOURS)").alias("c2")).where("b")
OUTPUT_MODE = "append"
