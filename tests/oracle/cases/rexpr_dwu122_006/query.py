from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(nullifzero(i) - i) AS c1", "zeroifnull(bround(n, -1)) AS c2", "array_repeat(CASE WHEN (s <> 'é') THEN s END, abs(nullifzero(i)) % 3) AS c3", "to_json(map_entries(map('k', soundex(t), 'j', 'v'))) AS c4", "json_tuple(to_json(named_struct('a', i, 'b', t)), 'a', 'b', 'zz')", "from_xml('<ROW x=\"' || regexp_count(left(validate_utf8(t), 4), '[0-9]') || '\"><v>' || f || '</v></ROW>', '_x INT, v DOUBLE') AS c6").filter(F.coalesce(expr("xpath_boolean('<a><b>' || aggregate(split(t, ' '), 0, (acc, x) -> acc + length(x)) || '</b></a>', 'a/b = 7')"), lit(True)))
OUTPUT_MODE = "append"
