from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t").agg(expr("sum((86400L DIV nullif(i, 0))) AS a1"), expr("round(avg(nullif(m, 0.001)), 2) AS a2"), expr("round(avg(CASE WHEN b THEN m WHEN b THEN m WHEN b THEN m ELSE 0.5 END), 2) AS a3"))
OUTPUT_MODE = "update"
