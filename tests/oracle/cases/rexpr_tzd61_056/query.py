spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (d NOT IN (0.1D, 0.1D)) THEN CAST((i <> 0) AS INT) WHEN (s <= 'x-y') THEN 100 WHEN (dt < to_date('2024-02-29')) THEN i ELSE CASE WHEN (dt IS NOT NULL) THEN i END END AS k1, avg(CAST(1 AS BIGINT)) AS a1, min(ts) AS a2, min(get_json_object(to_json(named_struct('a', s, 'n', d)), '$.a')) AS a3 FROM src GROUP BY 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
