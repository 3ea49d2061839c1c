from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("id INT, s STRING, x INT, y INT").json(INPUT)
# Row 1 fails only the second column (x / y with y = 0), row 2 only the first (CAST('abc' AS INT)):
# Spark evaluates a projection row by row, so row 1's DIVIDE_BY_ZERO comes first.
result = df.select("id", col("s").cast("int").alias("n"), expr("x DIV y").alias("q"))
OUTPUT_MODE = "append"
