from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "xpath_float('<a b=\"' || i || '\"/>', 'a/@b') AS c1", "flatten(array(array(s), CAST(NULL AS ARRAY<STRING>)))", "parse_url('http://a.b/c?x=' || url_encode(reverse(s)), 'QUERY') AS c3", "array_insert(array(levenshtein(array_join(split(s, '-'), '-'), s), (10 * length(' '))), 2, 9) AS c4", "to_char(m, '999,999.99') AS c5", "power(s, 2) AS c6").where((expr("exists(map_keys(map_filter(map('a', negative(i), 'b', datediff(ts, dt)), (k, v) -> v > 0)), x -> x = 'a')") | (col("dt") > F.to_date(lit("2024-02-29")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, c4 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
