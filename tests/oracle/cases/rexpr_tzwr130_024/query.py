spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "d", expr("(dt + INTERVAL -10 DAYS)").alias("c1"), F.date_add(col("dt"), col("i")).alias("c2"), expr("regexp_extract_all(CASE WHEN b THEN s WHEN b THEN 'abc' END, '[0-9]+', 0)").alias("c3"), expr("from_json('{\"a\": ' || CAST(array_size(slice(array(CAST((CASE WHEN b THEN i ELSE i END | 3) AS INT), i, 3, 4), -2, 5)) AS INT) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c4"))
OUTPUT_MODE = "append"
