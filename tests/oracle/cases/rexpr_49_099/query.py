from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "translate(rpad(CASE WHEN startswith(s, 'a') THEN s ELSE s END, 0, 'é'), ' ', '_') AS c1", "CAST(ifnull(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS BIGINT) AS c2", "nullif(replace(s, ' ', ''), 'Hello') AS c3")
OUTPUT_MODE = "append"
