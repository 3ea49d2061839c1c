spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce(F.isnan(F.sqrt(col("i"))), lit(True))).select("id", expr("from_json('{\"k\": ' || log1p(size(map_keys(str_to_map(s, ' ', 'l')))) || '}', 'MAP<STRING, DOUBLE>') AS c1"), expr("sequence(5, abs(bitmap_bucket_number(abs(i))) % 5, -2) AS c2"), expr("CASE WHEN (NOT b) THEN m ELSE (floor(m) * round(m, 3)) END AS c3"), expr("power(i, CASE WHEN (i >= 0) THEN i WHEN b THEN abs(-1) ELSE CASE WHEN (k IS NOT NULL) THEN i WHEN (ts IS NOT NULL) THEN i WHEN b THEN i ELSE i END END % 5) AS c4"), F.array(col("i"), lit(None)))
OUTPUT_MODE = "append"
