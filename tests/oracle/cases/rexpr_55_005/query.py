from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, t STRING, n DECIMAL(20,0), m DECIMAL(10,2), f FLOAT, i INT, dt DATE, b BOOLEAN, d DOUBLE, s STRING, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("sqrt(ascii('a'))")).withColumn("c2", col("s").try_cast("date").cast("string")).withColumn("c3", (F.concat_ws("-", F.nullif(col("s"), lit("Hello")), col("s"), col("t")) > F.trim(F.replace(F.upper(col("t")), lit(" "), lit(""))))).drop("j", "t", "n", "f", "dt", "b", "s").filter("(((-1 - 1) <= f) OR (t >= 'abc'))")
OUTPUT_MODE = "append"
