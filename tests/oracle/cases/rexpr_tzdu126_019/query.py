spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, n DECIMAL(9,5), m DECIMAL(38,10), j INT, b BOOLEAN, ts TIMESTAMP, i INT, dt DATE, f FLOAT, s STRING").load(INPUT)
result = df.select("id", expr("from_csv(array_join(array_compact(array(to_xml(named_struct('t', ts, 'b', (dt IS NOT NULL))), NULL, array_join(split(s, ','), ''))), ','), 'a INT, b STRING, c DOUBLE')").alias("c1"), F.positive(lit(-3.10).cast("decimal(3,2)")).alias("c2"), expr("TRY_CAST(array_position(array(pmod(i, -4), i, 7), 7) AS DECIMAL(38,18)) AS c3"), F.try_subtract(F.datediff(col("dt"), col("dt")), expr("datepart('DAYOFWEEK', dt)")), expr("CAST(binary(to_char((- n), '999,999.99')) AS STRING)").alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id DESC"]
