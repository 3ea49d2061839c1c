spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, b BOOLEAN, n DECIMAL(20,0), dt DATE, i INT, ts TIMESTAMP, k BIGINT, d DOUBLE, m DECIMAL(7,0)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_diff(nvl(dt, DATE'2024-02-29'), greatest(dt, dt, dt)) AS k1, count(power(m, 2)) AS a1, max(pmod(id, i)) AS a5, sort_array(collect_set(named_struct('a', i, 'b', endswith('a', 'a')))) AS a2, size(collect_union(array(i % 3, NULL))) AS a3, round(var_samp(d), 4) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
