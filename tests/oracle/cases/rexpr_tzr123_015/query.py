spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.json_tuple(expr("to_json(arrays_zip(array(i, 2), array(t)))"), 'a'), expr("(nullifzero(12.345) + nullif(m, 1.25))").alias("c2"), expr("base64(aes_encrypt(t, 'abcdefghijklmnop12345678', 'GCM', 'DEFAULT', unhex('000000000000000000000000'), 'aad'))").alias("c3"), F.instr(col("s"), " ").alias("c4"))
OUTPUT_MODE = "append"
