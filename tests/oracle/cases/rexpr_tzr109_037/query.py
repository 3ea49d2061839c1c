spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')"), lit(True))).select("id", F.greatest((col("id") * lit(1)), col("id"), lit(3).cast("bigint")).alias("c1"), expr("str_to_map(hex(unhex(t)), ' ', 'l') AS c2"), expr("(date_format(sequence(CASE WHEN (d IS NOT NULL) THEN dt END, date_add(CASE WHEN (d IS NOT NULL) THEN dt END, 3), INTERVAL 1 DAY)[1], 'yyyy-MM-dd') COLLATE UTF8_BINARY = 'Hello World') AS c3")).where((F.arrays_overlap(F.array(F.when((col("i") >= lit(5)), lit(5)).when(col("j").isNotNull(), col("i")).when(col("b"), col("i")).otherwise(col("i")), F.nullif(lit(10), lit(0))), F.array(lit(1), lit(2), F.when((col("i") >= lit(5)), lit(5)).when(col("j").isNotNull(), col("i")).when(col("b"), col("i")).otherwise(col("i")))) | col("b").isNull()))
OUTPUT_MODE = "append"
