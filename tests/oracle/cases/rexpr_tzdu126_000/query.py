spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(t > '42')").withColumn("c1", expr("sequence(5, abs(getbit(abs(quarter(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1])) % 100, 0)) % 5, -2)")).withColumn("i", expr("-1")).withColumn("c3", F.ascii(expr("parse_url('https://user@spark.apache.org:8080/path/p?query=1&k=' || concat(left(t, 4), t) || '#frag', 'QUERY', 'k')"))).withColumn("c4", F.least(col("m"), col("m"), col("m"))).select("id", "c1", "c3", "c4").filter((F.is_valid_utf8(col("s")) | col("j").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
