spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, j INT, i INT, m DECIMAL(38,10), s STRING, n DECIMAL(4,1), dt DATE, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, (m * d) AS k2, round(avg(size(json_object_keys(to_json(named_struct('a', hour(least(ts, ts)), 'b', s))))), 2) AS a1, max((NOT i)) AS a5, round(vector_sum(array(CAST(array_min(array(i, i, CAST(NULL AS INT))) AS FLOAT), 1.0F))[0], 3) AS a2, string_agg(CAST(i AS STRING), '-') WITHIN GROUP (ORDER BY i DESC) AS a3, sort_array(collect_union(array(quarter(dt), octet_length(CAST(from_base32(to_base32(encode(s, 'utf-8'))) AS STRING))))) AS a4 FROM src GROUP BY dt, (m * d)")
OUTPUT_MODE = "complete"
