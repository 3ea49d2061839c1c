from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t").agg(expr("listagg(sha1(s), ',') WITHIN GROUP (ORDER BY sha1(s)) AS a1"), expr("round(regr_avgy((d + id), CASE WHEN b THEN 1 ELSE i END), 6) AS a2"), expr("hex(count_min_sketch(CAST(unix_date(make_date(2024, 1, 1)) + size(split(t, ' ')) AS BIGINT), 0.4D, 0.6D, 42)) AS a3"))
OUTPUT_MODE = "complete"
