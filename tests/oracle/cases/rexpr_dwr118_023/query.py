from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, s STRING, i INT, ts TIMESTAMP, n DECIMAL(4,1), j INT, m DECIMAL(10,2), dt DATE, d DOUBLE").json(INPUT)
result = df.withColumn("c1", expr("TRY_CAST(get(split(s, '-'), 1) AS BOOLEAN)")).withColumn("c2", expr("to_timestamp(date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')")).withColumn("c3", F.mask(col("s"))).withColumn("c4", expr("from_json('{\"a\": ' || width_bucket(d, -10.0D, 10.0D, 4) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c4 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
