from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(CASE WHEN b THEN b WHEN (n IS NOT NULL) THEN false ELSE b END OR (d < 3.75D))").createOrReplaceTempView("src")
result = spark.sql("SELECT (s COLLATE UTF8_BINARY = 'Hello World') AS k1, max(CAST(d AS INT)) AS a5, round(var_pop(day(dt)), 6) AS a1, (max(cot(nullif(signum(i), 0))) - min(cot(nullif(signum(i), 0)))) AS a2, round(regr_avgx(locate(' ', hex(try_to_binary(s, 'base64'))), i), 6) AS a3, round(avg(log(10, reduce(array(i, i, 4), 0, (acc, x) -> acc + coalesce(x, 0)))), 0) AS a4 FROM src GROUP BY (s COLLATE UTF8_BINARY = 'Hello World')")
OUTPUT_MODE = "update"
