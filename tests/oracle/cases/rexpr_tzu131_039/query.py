spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(b OR (id IS NULL))").selectExpr("xpath('<a><b>x</b><b>' || zeroifnull(CASE WHEN (s RLIKE '[aeiou]{2}') THEN 1 ELSE (-1 % nullif(7, 0)) END) || '</b></a>', 'a/b/text()') AS c1", "TRY_CAST(86400L AS INT) AS c2", "json_tuple(to_json(named_struct('a', i, 'b', s)), 'a', 'b', 'zz')", "(zeroifnull(d) * (round((m / nullif(99.99, 0)), -1) * exp(m))) AS c4")
OUTPUT_MODE = "append"
