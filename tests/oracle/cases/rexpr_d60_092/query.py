from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, m DECIMAL(38,10), i INT, dt DATE, d DOUBLE, j INT, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "regexp_replace(string(CAST(-2L AS BOOLEAN)), '(a|b)', '<>') AS c1", "exists(split(CAST(greatest(greatest(ts, ts, ts), CAST(i AS TIMESTAMP), CASE WHEN (s > 'abc') THEN ts END) AS STRING), ' '), x -> x = 'a') AS c2").where("(CAST(i AS BOOLEAN) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
