from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("i").isin(lit(0)) | col("b").isNull())).selectExpr("id", "if((id >= 86400L), collation(s), concat_ws('', s, ' ', s)) AS c1", "nvl(dt, DATE'2023-12-31') AS c2", "explode(map('a', i, 'b', i))", "map_filter(map('a', position('o', decode(encode('é', 'UTF-8'), 'US-ASCII')), 'b', xpath_short('<a><b>7</b><b>' || smallint(i) || '</b></a>', 'sum(a/b)'), 'c', 0), (k, v) -> v > 0 OR k = 'c') AS c4").filter(((col("id") < (-lit(2))) | col("c4").isNotNull()))
OUTPUT_MODE = "append"
