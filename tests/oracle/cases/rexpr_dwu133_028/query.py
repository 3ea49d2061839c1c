from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("f", (col("m") / lit(7)).alias("c1"), expr("array_union(array(power(-1, i % 5), CAST('NaN' AS DOUBLE), round(-1.5D)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D)) AS c2"), expr("sentences('Hello there. How are you? ' || right(s, 0), 'en', 'US')"))
OUTPUT_MODE = "append"
