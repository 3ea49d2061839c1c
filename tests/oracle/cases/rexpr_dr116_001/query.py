from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("n") != expr("1.25"))).withColumn("c1", expr("format_number((m / 7), 0)")).withColumn("c2", expr("array_insert(array('a', 'b', 'c'), -1, s)"))
OUTPUT_MODE = "append"
