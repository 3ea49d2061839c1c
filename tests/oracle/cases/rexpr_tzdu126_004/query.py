spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')") | (col("s") < lit("é")))).select("id", "f", expr("typeof(map(xpath_int('<a><b>' || size(split(s, '[aeiou]')) || '</b></a>', 'a/b'), timestampadd(DAY, i, ts)))").alias("c1"), F.make_date(lit(2024), col("i"), lit(1)).alias("c2"), expr("map_entries(map((i * 10), date_format(dt, 'HH:mm:ss')))").alias("c3"), F.date_from_unix_date(col("i")).alias("c4")).filter((F.ifnull((col("id") != lit(3).cast("bigint")), lit(True)) | (col("f") != lit(0.1))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id DESC"]
