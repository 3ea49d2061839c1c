from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.from_unixtime(col("i")).like("%e").alias("c1"), expr("concat(space(3), concat_ws('-', s, s))").alias("c2"))
OUTPUT_MODE = "append"
