from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(38,10), d DOUBLE, dt DATE, ts TIMESTAMP, i INT, s STRING, j INT").load(INPUT)
result = df.filter(F.coalesce(F.when(col("s").isNotNull(), col("j")).otherwise(col("i")).isin(lit(3), lit(-1), lit(1)), lit(True))).groupBy(F.cosh(col("d") / lit(100)).alias("k1")).agg(expr("first_value(i, true) AS a1"), expr("(max(m) - min(m)) AS a2"), expr("bit_or(json_array_length(parse_url('https://user@spark.apache.org:8080/path/p?query=1&k=' || s || '#frag', 'QUERY', 'k'))) AS a3"), expr("round(regr_syy(i, xpath_int('<a><b>' || i || '</b></a>', 'a/b')), 6) AS a4"))
OUTPUT_MODE = "update"
