spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CAST(timestamp_micros(i) AS STRING)").alias("k1")).agg(expr("percentile_cont(0.5) WITHIN GROUP (ORDER BY regexp_instr(trim(t), '[aeiou]'))").alias("a1"), expr("count_if(is_valid_utf8(schema_of_xml('<p><a>1</a><b>x</b><c>2.5</c></p>'))) AS a2"), F.sort_array(F.collect_set(expr("schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>')"))).alias("a3"), F.sum(F.when(F.coalesce(col("s").isNotNull(), lit(True)), F.round((col("n") * col("n")))).otherwise(lit(0))).alias("a4"))
OUTPUT_MODE = "update"
