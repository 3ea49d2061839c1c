from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((b < (f IS NOT NULL)) OR (dt <= DATE'2000-01-01'))").select("id", F.sqrt(col("d")).alias("c1"), F.greatest(col("t"), col("s"), F.left(col("s"), lit(4))).between(lit("o"), lit("o")).alias("c2")).filter("(c1 >= 0.1D)")
OUTPUT_MODE = "append"
