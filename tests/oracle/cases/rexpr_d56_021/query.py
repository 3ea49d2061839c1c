from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("s", F.month(col("dt").cast("timestamp")).alias("c1"), expr("(3 * id) AS c2"), (F.when(lit(None).cast("boolean"), col("i")).when(col("i").isNotNull(), col("i")).otherwise(col("i")) + F.when((col("f") == lit(-1.5)), (col("id") + lit(3).cast("bigint"))).when((col("s") == lit("Hello")), lit(-2).cast("bigint")).otherwise(expr("(id DIV nullif(2, 0))"))).alias("c3")).filter("(forall(split(s, ' '), x -> x = 'a') OR (c2 < 86400L))")
OUTPUT_MODE = "append"
