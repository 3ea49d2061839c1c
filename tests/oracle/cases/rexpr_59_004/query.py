from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, t STRING, n DECIMAL(4,1), ts TIMESTAMP, i INT, m DECIMAL(10,2), b BOOLEAN, s STRING, dt DATE").json(INPUT)
df.where("((i != CASE WHEN (n IS NOT NULL) THEN d ELSE d END) OR (id IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT try_to_date(s) AS k1, count_if((t ILIKE '%e')) AS a1, bool_or((ts = CASE WHEN (dt = to_date('2024-02-29')) THEN DATE'2000-01-01' WHEN (t <> 'x-y') THEN dt WHEN b THEN dt ELSE dt END)) AS a2 FROM src GROUP BY try_to_date(s)")
OUTPUT_MODE = "update"
