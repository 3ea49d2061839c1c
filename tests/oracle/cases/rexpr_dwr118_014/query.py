from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "explode_outer(split(concat(s, CAST(dt AS STRING), t), ' '))", "date_add(date_from_unix_date(date_diff(dt, dt)), CAST(array_size(slice(array(i, i, 3, 4), -2, 5)) AS INT)) AS c2", "CASE WHEN (d IS NOT NULL) THEN zeroifnull(m) WHEN (NOT b) THEN m WHEN (f <=> m) THEN (m * i) ELSE (0.5 + m) END AS c3", "from_csv(t, 'a INT, b STRING, c DOUBLE')", "(bit_length('é') - bit_length(s)) AS c5", "CASE WHEN (f = -1.5D) THEN dt WHEN b THEN dt ELSE dt END AS c6")
OUTPUT_MODE = "append"
