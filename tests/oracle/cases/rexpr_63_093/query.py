from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("j").agg(F.count_if((col("b") | (col("j") > lit(2)))).alias("a1"), expr("(max(n) - min(n)) AS a2"), F.max(F.greatest((col("id") % F.nullif(F.when((col("d") < lit(3.75)), col("i")).otherwise(lit(None).cast("int")), lit(0))), col("id"), col("id"))).alias("a3"))
OUTPUT_MODE = "update"
