from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, (char_length('2024-02-29') <= ceil(m, 1)) AS k2, bit_xor(i) AS a1, count(regexp_instr(CAST(add_months(dt, 1) AS STRING), '([a-z])([a-z])', 2)) AS a2, round(avg(size(json_object_keys(to_json(named_struct('a', reduce(array(i, nullif(i, 3), 4), 0, (acc, x) -> acc + coalesce(x, 0)), 'b', s))))), 2) AS a3 FROM src GROUP BY i, k2")
OUTPUT_MODE = "update"
