from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("id INT, s STRING, x INT, y INT").json(INPUT)
# Row 1 passes the filter and fails the projection (x DIV y, y = 0); row 2 fails the filter's cast.
# Spark runs filter and projection row by row: DIVIDE_BY_ZERO from row 1 comes first.
result = df.where(col("s").cast("int") > 0).select("id", expr("x DIV y").alias("q"))
OUTPUT_MODE = "append"
