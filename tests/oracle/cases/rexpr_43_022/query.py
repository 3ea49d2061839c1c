from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(1 * id)"), F.when((col("t") == lit("Hello")), (col("f") - col("id"))).when(col("t").endswith(" "), F.nullif(col("f"), lit(-1.5))).otherwise((col("d") * col("d"))).alias("c2"), (lit(99.99).cast("decimal(4,2)") * col("f")).alias("c3"), F.nvl((col("dt") <= F.to_date(lit("2024-02-29"))), lit(False)).alias("c4"))
OUTPUT_MODE = "append"
