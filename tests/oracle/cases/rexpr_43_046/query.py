from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "b", expr("(d = (3L / nullif(j, 0))) AS c1"), ((col("i") + col("i")) - col("id")), (col("n") * col("m")).alias("c3"), F.char_length(F.nvl(lit("x-y"), lit(""))).alias("c4"), (F.bround(col("m"), 3) + (col("m") / expr("-4.5"))).alias("c5"))
OUTPUT_MODE = "append"
