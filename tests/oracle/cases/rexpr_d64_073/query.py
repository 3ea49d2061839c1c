from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, m DECIMAL(7,0), ts TIMESTAMP, dt DATE, j INT, i INT, k BIGINT, d DOUBLE").load(INPUT)
result = df.selectExpr("id", "(100BD * CASE WHEN (j = 2) THEN m ELSE 0.001 END)", "nullif((i * 3), 10) AS c2", "lpad(CASE WHEN (s = 'Hello') THEN s ELSE s END, 3, 'ab') AS c3", "lpad(right(array_join(transform(split('o', ' '), x -> upper(x)), ''), 2), 8, 'é') AS c4").filter("(((j >= 2) > (s > 'abc')) OR (j IS NULL))")
OUTPUT_MODE = "append"
