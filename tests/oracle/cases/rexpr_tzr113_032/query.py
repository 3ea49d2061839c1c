spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(n >= 0.001)").select("id", expr("array_sort(array(s, 'Hello', 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)").alias("c1"), expr("zeroifnull(ifnull((n * CAST(i AS DECIMAL(12,2))), 99.99))").alias("c2"), expr("json_object_keys(s)").alias("c3"), expr("slice(array(i, size(array_remove(array(pmod(i, nullif(i, 0)), array_min(array(i, i, CAST(NULL AS INT))), 1, pmod(i, nullif(i, 0))), pmod(i, nullif(i, 0)))), 3, 4), -1, 1) AS c4"), expr("((n + n) * (m * n)) AS c5"), F.assert_true(col("i") < lit(0)).alias("c6")).where((expr("(nvl2(0L, s, 'abc') COLLATE UTF8_BINARY = 'Hello World')") | col("m").isNull()))
OUTPUT_MODE = "append"
