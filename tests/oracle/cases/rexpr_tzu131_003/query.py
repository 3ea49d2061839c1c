spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, k BIGINT, s STRING, b BOOLEAN, i INT, dt DATE").json(INPUT)
result = df.select("id", expr("(s COLLATE UTF8_BINARY = 'Hello World') AS c1"), expr("least(CASE WHEN b THEN dt WHEN (i <= 2) THEN dt ELSE dt END, sequence(trunc(CASE WHEN b THEN dt WHEN b THEN dt END, 'Q'), date_add(trunc(CASE WHEN b THEN dt WHEN b THEN dt END, 'Q'), 3), INTERVAL 1 DAY)[1])").alias("c2"), F.make_date(F.year(col("dt")), F.pmod(col("i"), lit(12)) + lit(1), lit(1)), F.map_filter(F.create_map(lit('a'), col("i"), lit('b'), col("i"), lit('c'), lit(0)), lambda k, v: (v > 0) | (k == 'c')))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
