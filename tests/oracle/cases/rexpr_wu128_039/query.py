from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, k BIGINT, ts TIMESTAMP, dt DATE, d DOUBLE, f FLOAT, b BOOLEAN, j INT, m DECIMAL(38,10), i INT, s STRING").json(INPUT)
result = df.withColumn("c1", expr("from_xml('<ROW x=\"' || unix_date(make_date(2024, 1, 1)) + locate(' ', sha(t), 5) || '\"><v>' || nanvl(power(0.0D, smallint(i) % 3 - 1), -1.0D) || '</v></ROW>', '_x INT, v DOUBLE')")).withColumn("c2", F.coalesce(col("j").cast("boolean"), lit(False))).withColumn("c3", expr("from_xml('<ROW><a>' || char_length(s) || '</a><a>2</a></ROW>', 'a ARRAY<INT>')")).withColumn("c4", expr("convert_timezone('America/Los_Angeles', 'UTC', ts)")).select("id", "c1", "c2", "c3", "c4").where("coalesce(xpath_boolean('<a><b>' || (5 - i) || '</b></a>', 'a/b = 7'), true)")
OUTPUT_MODE = "append"
