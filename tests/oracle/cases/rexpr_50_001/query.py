from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "unix_timestamp(ts) AS c1", "date_add(CASE WHEN (i <= 5) THEN dt WHEN (k <= -2L) THEN dt WHEN (ts IS NOT NULL) THEN make_date(2023, 2, 28) ELSE dt END, coalesce(i, 3)) AS c2", "(round(m, 1) IS NULL) AS c3", "regexp_extract(substr(sha2('x-y', 256), 1, 1), '([A-Za-z]+) ([A-Za-z]+)', 2) AS c4", "if((k < 86400L), j, i) AS c5")
OUTPUT_MODE = "append"
