spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, i INT, t STRING, ts TIMESTAMP, k BIGINT, n DECIMAL(9,5), dt DATE, s STRING, m DECIMAL(12,4), b BOOLEAN").load(INPUT)
result = df.selectExpr("id", "k", "from_csv(s, 'a INT, b STRING, c DOUBLE')", "inline_outer(filter(array(struct(size(json_object_keys(to_json(named_struct('a', i, 'b', ' ')))) AS p, zeroifnull(d) AS q)), e -> e.p > 0))", "lower(left(t, 4)) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
