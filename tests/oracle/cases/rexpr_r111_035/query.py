from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(n + n)")).withColumn("c2", expr("(current_timezone() LIKE '_')")).withColumn("c3", expr("cot(nullif((3L / -4), 0))")).withColumn("c4", (col("id") / col("i"))).withColumn("c5", expr("array_insert(array('a', 'b', 'c'), -1, s)")).drop("j", "d", "m", "n", "s", "ts")
OUTPUT_MODE = "append"
