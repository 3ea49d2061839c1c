from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("regexp_replace('é', '[aeiou]', '*') AS c1"), expr("least('x-y', s, s) AS c2"), expr("(id DIV 2)").alias("c3"))
OUTPUT_MODE = "append"
