from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, b BOOLEAN, i INT, m DECIMAL(7,0), s STRING, d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (char(CAST(nullif(i, 3) AS BIGINT) + 256) COLLATE UTF8_BINARY = 'Hello World') THEN d ELSE power(abs(nullifzero((d * i))), 0.5D) END")).withColumn("c2", expr("abs((m / nullif(m, 0)))")).withColumn("c3", expr("arrays_overlap(array((2 * 0)), array(CAST(NULL AS INT), 3))")).withColumn("s", expr("s")).withColumn("c5", expr("sentences('Hello there. How are you? ' || s, 'en', 'US')"))
OUTPUT_MODE = "append"
