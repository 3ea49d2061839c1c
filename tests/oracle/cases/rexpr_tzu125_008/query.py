spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.power(col("s"), lit(2))).withColumn("c2", F.array_repeat(F.right(F.char(col("i")), lit(1)), F.abs(F.weekday(col("t").try_cast("date"))) % 3)).withColumn("c3", F.month(expr("sequence(dateadd(dt, 10), date_add(dateadd(dt, 10), 3), INTERVAL 1 DAY)[1]"))).withColumn("c4", expr("map_from_entries(array(struct(CASE WHEN (m IS NOT NULL) THEN i ELSE i END, to_xml(named_struct('d', dt, 'x', d, 'arr', array(i, i)))), struct(2, 'two')))")).withColumn("c5", F.array_intersect(F.array(col("i"), lit(1), lit(None), lit(1)), F.array(lit(1), lit(None), col("i")))).withColumn("c6", F.bitwise_not((col("i") + col("i")).cast('bigint'))).select("id", "c1", "c2", "c3", "c4", "c5", "c6").filter("(c3 <> 10)")
OUTPUT_MODE = "append"
